namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>A staff page reachable before two-step sign-in is set up: the setup page itself and signing out.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TweeStapsNietNodigAttribute : Attribute;
