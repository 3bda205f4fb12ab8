global using Microsoft.Playwright;
global using WijkPlatform.Web.Tests.Infrastructure;
global using Xunit;
