using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WijkPlatform.Core.Mail;

public static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<OutboxVerwerker>();
        services.AddSingleton<MailTempo>();
        // The host replaces this with one that starts the sender at once; without it the scheduled round sends.
        services.TryAddSingleton<IOutboxSignaal, GeenSignaal>();
        return services;
    }

    private sealed class GeenSignaal : IOutboxSignaal
    {
        public void NieuweBerichten()
        {
        }
    }
}
