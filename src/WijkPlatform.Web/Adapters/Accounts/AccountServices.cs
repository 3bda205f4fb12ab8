using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Adapters.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddWijkAccounts(this IServiceCollection services, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<AccountOptions>()
            .BindConfiguration(AccountOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
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
                o.Tokens.PasswordResetTokenProvider = LinkTokenAanbieder.Herstel.Naam;
            })
            .AddRoles<Rol>()
            .AddUserStore<GebruikerStore>()
            .AddRoleStore<RolStore>()
            .AddSignInManager<WijkSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<LinkTokenAanbieder.Herstel>(LinkTokenAanbieder.Herstel.Naam)
            .AddTokenProvider<LinkTokenAanbieder.Uitnodiging>(LinkTokenAanbieder.Uitnodiging.Naam)
            .AddPasswordValidator<WachtwoordControle>()
            .AddErrorDescriber<NederlandseIdentityFouten>()
            .AddClaimsPrincipalFactory<GebruikerClaims>();
        // A new password or two-step sign-in changes the security stamp; other sessions of the account end within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorization(o =>
        {
            var beleid = TweeStapsBeleid.Maak();
            o.AddPolicy(TweeStapsBeleid.Naam, beleid);
            o.DefaultPolicy = beleid;
        });
        services.AddSingleton<IAuthorizationHandler, TweeStapsBeleid.Handler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TweeStapsBeleid.Doorsturen>();

        services.AddScoped<Infrastructure.Accounts>();
        services.AddScoped<NodigUit.Handler>();
        services.AddScoped<VraagHerstelAan.Handler>();

        // Over plain http (a developer's machine, the test host) a browser drops __Host- and Secure cookies, so the
        // production names and flag apply everywhere else.
        var lokaal = environment.IsDevelopment() || environment.IsEnvironment("Test");
        void Koekje(CookieAuthenticationOptions o, string naam)
        {
            o.Cookie.Name = lokaal ? $"wijk.{naam}" : $"__Host-wijk.{naam}";
            o.Cookie.SecurePolicy = lokaal ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.Path = "/";
        }

        services.ConfigureApplicationCookie(o =>
        {
            Koekje(o, "sessie");
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/uitloggen";
            o.AccessDeniedPath = "/geen-toegang";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            Koekje(o, "tweestaps");
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o =>
        {
            Koekje(o, "apparaat");
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromDays(OnthoudDagen);
        });
        return services;
    }

    /// <summary>How long "onthoud dit apparaat" skips the code step.</summary>
    public const int OnthoudDagen = 30;
}
