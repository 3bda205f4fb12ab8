using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initiatieven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoordinatorEmail",
                table: "Wijkteams",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Initiatieven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WijkId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Stap = table.Column<int>(type: "integer", nullable: false),
                    SleutelHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Naam = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Huisnummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Titel = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Wat = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VoorWie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Wanneer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Waar = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IkWil = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IkKan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IkHebNodig = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WieDoenMee = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VerwachteDeelnemers = table.Column<int>(type: "integer", nullable: true),
                    EigenBijdrageInCenten = table.Column<long>(type: "bigint", nullable: false),
                    AndereFinancieringInCenten = table.Column<long>(type: "bigint", nullable: false),
                    AndereFinancieringToelichting = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ToestemmingPubliceren = table.Column<bool>(type: "boolean", nullable: false),
                    ToestemmingGegevens = table.Column<bool>(type: "boolean", nullable: false),
                    AangemaaktUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IngediendUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BeslistermijnUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VraagGesteldUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HerinneringUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GeescaleerdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BeoordelaarId = table.Column<int>(type: "integer", nullable: true),
                    VoorstelUitkomst = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    VoorstelBedragInCenten = table.Column<long>(type: "bigint", nullable: true),
                    VoorstelMotivering = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VoorstelDoorId = table.Column<int>(type: "integer", nullable: true),
                    ToegekendBedragInCenten = table.Column<long>(type: "bigint", nullable: true),
                    Motivering = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BesluitDoorId = table.Column<int>(type: "integer", nullable: true),
                    TweedeBeoordelaarId = table.Column<int>(type: "integer", nullable: true),
                    BesluitUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UitbetaaldBedragInCenten = table.Column<long>(type: "bigint", nullable: true),
                    UitbetaaldUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerantwoordingTekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WerkelijkeKostenInCenten = table.Column<long>(type: "bigint", nullable: true),
                    WerkelijkeDeelnemers = table.Column<int>(type: "integer", nullable: true),
                    VerantwoordUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AfgeslotenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GewistUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Jaar = table.Column<int>(type: "integer", nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatieven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatieven_Gebruikers_BeoordelaarId",
                        column: x => x.BeoordelaarId,
                        principalTable: "Gebruikers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Initiatieven_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Postcodegebieden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Van = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Tot = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    WijkId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Postcodegebieden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Postcodegebieden_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Wijkbudgetten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    WijkId = table.Column<int>(type: "integer", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    BudgetInCenten = table.Column<long>(type: "bigint", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijkbudgetten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijkbudgetten_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetBoekingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WijkId = table.Column<int>(type: "integer", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BedragInCenten = table.Column<long>(type: "bigint", nullable: false),
                    TijdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoorId = table.Column<int>(type: "integer", nullable: true),
                    Omschrijving = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetBoekingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetBoekingen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetBoekingen_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefBegroting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BedragInCenten = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefBegroting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiatiefBegroting_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefBijlagen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Opslag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GeuploadUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Scan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefBijlagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiatiefBijlagen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefGebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    TijdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Van = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Naar = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Tekst = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: true),
                    DoorId = table.Column<int>(type: "integer", nullable: true),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Intern = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefGebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiatiefGebeurtenissen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetBoekingen_InitiatiefId",
                table: "BudgetBoekingen",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetBoekingen_WijkId_Jaar",
                table: "BudgetBoekingen",
                columns: new[] { "WijkId", "Jaar" });

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefBegroting_InitiatiefId",
                table: "InitiatiefBegroting",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefBijlagen_InitiatiefId",
                table: "InitiatiefBijlagen",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefGebeurtenissen_InitiatiefId_TijdUtc",
                table: "InitiatiefGebeurtenissen",
                columns: new[] { "InitiatiefId", "TijdUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_BeoordelaarId",
                table: "Initiatieven",
                column: "BeoordelaarId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Email",
                table: "Initiatieven",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_SleutelHash",
                table: "Initiatieven",
                column: "SleutelHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_WijkId_Status",
                table: "Initiatieven",
                columns: new[] { "WijkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Postcodegebieden_Key",
                table: "Postcodegebieden",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Postcodegebieden_Slug",
                table: "Postcodegebieden",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Postcodegebieden_Van_Tot",
                table: "Postcodegebieden",
                columns: new[] { "Van", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_Postcodegebieden_WijkId",
                table: "Postcodegebieden",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbudgetten_Key",
                table: "Wijkbudgetten",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbudgetten_Slug",
                table: "Wijkbudgetten",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbudgetten_WijkId_Jaar",
                table: "Wijkbudgetten",
                columns: new[] { "WijkId", "Jaar" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetBoekingen");

            migrationBuilder.DropTable(
                name: "InitiatiefBegroting");

            migrationBuilder.DropTable(
                name: "InitiatiefBijlagen");

            migrationBuilder.DropTable(
                name: "InitiatiefGebeurtenissen");

            migrationBuilder.DropTable(
                name: "Postcodegebieden");

            migrationBuilder.DropTable(
                name: "Wijkbudgetten");

            migrationBuilder.DropTable(
                name: "Initiatieven");

            migrationBuilder.DropColumn(
                name: "CoordinatorEmail",
                table: "Wijkteams");
        }
    }
}
