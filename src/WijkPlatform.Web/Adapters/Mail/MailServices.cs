using Microsoft.Extensions.Options;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Mail;

public static class MailServices
{
    /// <summary>SMTP with MailKit when Mail:SmtpHost is set, otherwise .eml files in Mail:PickupMap.</summary>
    public static IServiceCollection AddMailVerzending(this IServiceCollection services)
    {
        services.AddSingleton<SmtpVerzender>();
        services.AddSingleton<PickupVerzender>();
        services.AddSingleton<IMailVerzender>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.SmtpHost)
                ? sp.GetRequiredService<PickupVerzender>()
                : sp.GetRequiredService<SmtpVerzender>());
        return services;
    }
}
