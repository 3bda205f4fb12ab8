using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Collectieven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activiteiten_OrganisatieId",
                table: "Activiteiten");

            migrationBuilder.AddColumn<bool>(
                name: "Afgelast",
                table: "Voorkomens",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Afgelast",
                table: "Uitzonderingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AgendaFout",
                table: "Organisaties",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AgendaGeimporteerdUtc",
                table: "Organisaties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgendaUrl",
                table: "Organisaties",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Logo",
                table: "Organisaties",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Vertrouwd",
                table: "Organisaties",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AfgelastReden",
                table: "Activiteiten",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AfgelastUtc",
                table: "Activiteiten",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportUid",
                table: "Activiteiten",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportVingerafdruk",
                table: "Activiteiten",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Activiteiten",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Gepubliceerd");

            migrationBuilder.AddColumn<bool>(
                name: "Aanwezig",
                table: "Aanmeldingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TijdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GebruikerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Wie = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Actie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActiviteitId = table.Column<int>(type: "INTEGER", nullable: false),
                    TijdUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AfgehandeldUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AfgehandeldDoorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Afhandeling = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meldingen_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_OrganisatieId_ImportUid",
                table: "Activiteiten",
                columns: new[] { "OrganisatieId", "ImportUid" });

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_Status",
                table: "Activiteiten",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Onderwerp",
                table: "AuditLog",
                column: "Onderwerp");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_TijdUtc",
                table: "AuditLog",
                column: "TijdUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_ActiviteitId",
                table: "Meldingen",
                column: "ActiviteitId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_AfgehandeldUtc",
                table: "Meldingen",
                column: "AfgehandeldUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropIndex(
                name: "IX_Activiteiten_OrganisatieId_ImportUid",
                table: "Activiteiten");

            migrationBuilder.DropIndex(
                name: "IX_Activiteiten_Status",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "Afgelast",
                table: "Voorkomens");

            migrationBuilder.DropColumn(
                name: "Afgelast",
                table: "Uitzonderingen");

            migrationBuilder.DropColumn(
                name: "AgendaFout",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "AgendaGeimporteerdUtc",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "AgendaUrl",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "Logo",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "Vertrouwd",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "AfgelastReden",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "AfgelastUtc",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "ImportUid",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "ImportVingerafdruk",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "Aanwezig",
                table: "Aanmeldingen");

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_OrganisatieId",
                table: "Activiteiten",
                column: "OrganisatieId");
        }
    }
}
