using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Aanmelden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxPersonenPerAanmelding",
                table: "Activiteiten",
                type: "integer",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.CreateTable(
                name: "Aanmeldingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Personen = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Opmerking = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SleutelHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    AangemeldUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PlaatsUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AfgemeldUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HerinneringUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GewistUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AangemeldDoorId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aanmeldingen_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bezettingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Bevestigd = table.Column<int>(type: "integer", nullable: false),
                    Wachtend = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bezettingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bezettingen_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Soort = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Aan = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    AanNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Onderwerp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    BijlageNaam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BijlageType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BijlageInhoud = table.Column<string>(type: "text", nullable: true),
                    AangemaaktUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VolgendePogingUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    VerzondenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OpgegevenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BezigTotUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LaatsteFout = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaakStanden",
                columns: table => new
                {
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TotUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaakStanden", x => x.Naam);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_AangemeldUtc",
                table: "Aanmeldingen",
                column: "AangemeldUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_ActiviteitId_StartUtc_Status",
                table: "Aanmeldingen",
                columns: new[] { "ActiviteitId", "StartUtc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_Email",
                table: "Aanmeldingen",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldingen_SleutelHash",
                table: "Aanmeldingen",
                column: "SleutelHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bezettingen_ActiviteitId_StartUtc",
                table: "Bezettingen",
                columns: new[] { "ActiviteitId", "StartUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_VerzondenUtc_VolgendePogingUtc",
                table: "Outbox",
                columns: new[] { "VerzondenUtc", "VolgendePogingUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Aanmeldingen");

            migrationBuilder.DropTable(
                name: "Bezettingen");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "TaakStanden");

            migrationBuilder.DropColumn(
                name: "MaxPersonenPerAanmelding",
                table: "Activiteiten");
        }
    }
}
