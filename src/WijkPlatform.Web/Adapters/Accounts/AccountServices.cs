using Microsoft.AspNetCore.Identity;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Adapters.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddWijkAccounts(this IServiceCollection services, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<Gebruiker>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<Rol>()
            .AddUserStore<GebruikerStore>()
            .AddRoleStore<RolStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<WachtwoordControle>()
            .AddErrorDescriber<NederlandseIdentityFouten>();
        services.AddScoped<Infrastructure.Accounts>();

        // Over plain http (a developer's machine, the test host) a browser drops __Host- and Secure cookies, so the
        // production name and flag apply everywhere else.
        var lokaal = environment.IsDevelopment() || environment.IsEnvironment("Test");
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = lokaal ? "wijk.sessie" : "__Host-wijk.sessie";
            o.Cookie.SecurePolicy = lokaal ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/uitloggen";
            o.AccessDeniedPath = "/geen-toegang";
        });
        return services;
    }
}
