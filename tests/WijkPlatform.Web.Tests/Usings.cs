global using System.Net;
global using WijkPlatform.Web.Tests.Infrastructure;
global using Xunit;
