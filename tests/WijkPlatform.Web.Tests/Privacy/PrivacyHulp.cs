using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Data;
using WijkPlatform.Core.Privacy;

namespace WijkPlatform.Web.Tests.Privacy;

internal static class PrivacyHulp
{
    public const string BeheerEmail = "beheer@example.nl";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A mobile number no other test uses: 06 and eight random digits.</summary>
    public static string NieuwNummer() => "06" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> ZoekAsync(HttpClient client, string zoekterm, string? verzoek = null) =>
        WijkApp.PostFormAsync(client, "/beheer/privacy?handler=Zoek", Velden(zoekterm, verzoek), "/beheer/privacy");

    public static Task<HttpResponseMessage> ExportAsync(HttpClient client, string zoekterm, string? verzoek = null) =>
        WijkApp.PostFormAsync(client, "/beheer/privacy?handler=Export", Velden(zoekterm, verzoek), "/beheer/privacy");

    public static Task<HttpResponseMessage> BevestigAsync(HttpClient client, string zoekterm, string? verzoek = null) =>
        WijkApp.PostFormAsync(client, "/beheer/privacy?handler=Bevestig", Velden(zoekterm, verzoek), "/beheer/privacy");

    public static Task<HttpResponseMessage> WisAsync(HttpClient client, string zoekterm, string? verzoek = null, bool akkoord = true)
    {
        var velden = Velden(zoekterm, verzoek);
        if (akkoord)
        {
            velden["Input.Akkoord"] = "true";
        }

        return WijkApp.PostFormAsync(client, "/beheer/privacy?handler=Wis", velden, "/beheer/privacy");
    }

    private static Dictionary<string, string> Velden(string zoekterm, string? verzoek)
    {
        var velden = new Dictionary<string, string> { ["Input.Zoekterm"] = zoekterm };
        if (verzoek is not null)
        {
            velden["Input.Verzoek"] = verzoek;
        }

        return velden;
    }

    /// <summary>Every value of every text column of every table in the EF model that contains the address or the number
    /// in any spelling, as "Table.Column: value". Read with plain SQL so no mapping or filter can hide a row.</summary>
    public static async Task<List<string>> OveralAsync(WijkDbContext db, params string[] termen)
    {
        var zoektermen = termen.Select(t => Zoekterm.Probeer(t, out var z, out _) ? z! : throw new ArgumentException(t)).ToList();
        var gevonden = new List<string>();
        var verbinding = db.Database.GetDbConnection();
        if (verbinding.State != System.Data.ConnectionState.Open)
        {
            await verbinding.OpenAsync(Ct);
        }

        foreach (var type in db.Model.GetEntityTypes())
        {
            var tabel = type.GetTableName();
            if (tabel is null)
            {
                continue;
            }

            foreach (var eigenschap in type.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var kolom = eigenschap.GetColumnName();
                await using var opdracht = verbinding.CreateCommand();
#pragma warning disable CA2100 // Names come from the EF model, not from input.
                opdracht.CommandText = $"SELECT \"{kolom}\" FROM \"{tabel}\" WHERE \"{kolom}\" IS NOT NULL";
#pragma warning restore CA2100
                await using DbDataReader lezer = await opdracht.ExecuteReaderAsync(Ct);
                while (await lezer.ReadAsync(Ct))
                {
                    var waarde = lezer.GetString(0);
                    if (zoektermen.Any(z => z.IsGelijk(waarde) || z.KomtVoorIn(waarde)))
                    {
                        gevonden.Add($"{tabel}.{kolom}: {waarde[..Math.Min(waarde.Length, 200)]}");
                    }
                }
            }
        }

        return gevonden;
    }
}
