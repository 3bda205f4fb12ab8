using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Beheer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AangemaaktUtc",
                table: "Gebruikers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LaatstIngelogdUtc",
                table: "Gebruikers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UitgeschakeldUtc",
                table: "Gebruikers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Aan",
                table: "Outbox",
                column: "Aan");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Actie",
                table: "AuditLog",
                column: "Actie");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_GebruikerId",
                table: "AuditLog",
                column: "GebruikerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Aan",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_Actie",
                table: "AuditLog");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_GebruikerId",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "AangemaaktUtc",
                table: "Gebruikers");

            migrationBuilder.DropColumn(
                name: "LaatstIngelogdUtc",
                table: "Gebruikers");

            migrationBuilder.DropColumn(
                name: "UitgeschakeldUtc",
                table: "Gebruikers");
        }
    }
}
