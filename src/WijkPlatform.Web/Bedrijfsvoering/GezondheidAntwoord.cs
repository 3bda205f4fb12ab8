using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WijkPlatform.Web.Adapters.Accounts;

namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>What /health answers. A load balancer or monitor needs only the status word and the code (200 for Healthy and
/// Degraded, 503 for Unhealthy); the details (how long mail waits, free space, error texts) tell an attacker about the
/// server, so only beheer, signed in with both steps, gets them.</summary>
internal static class GezondheidAntwoord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task SchrijfAsync(HttpContext context, HealthReport rapport)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!await MagDetailsZienAsync(context))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(rapport.Status.ToString(), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var details = new
        {
            status = rapport.Status.ToString(),
            duurMs = Math.Round(rapport.TotalDuration.TotalMilliseconds, 1),
            controles = rapport.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                omschrijving = e.Value.Description ?? e.Value.Exception?.Message,
                duurMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                gegevens = e.Value.Data,
            }),
        };
        await JsonSerializer.SerializeAsync(context.Response.Body, details, Json, context.RequestAborted);
    }

    private static async Task<bool> MagDetailsZienAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var autorisatie = context.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await autorisatie.AuthorizeAsync(context.User, context, TweeStapsBeleid.Naam)).Succeeded
            && (await autorisatie.AuthorizeAsync(context.User, context, WebServices.BeheerBeleid)).Succeeded;
    }
}
