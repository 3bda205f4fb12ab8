using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Agenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GeplandTotUtc",
                table: "Activiteiten",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GeplandVoorUtc",
                table: "Activiteiten",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnlineLink",
                table: "Activiteiten",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Prikkelarm",
                table: "Activiteiten",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Ringleiding",
                table: "Activiteiten",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Rolstoeltoegankelijk",
                table: "Activiteiten",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Openingstijden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Dag = table.Column<int>(type: "integer", nullable: false),
                    Van = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Tot = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Openingstijden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Openingstijden_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Uitzonderingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    TotEnMet = table.Column<DateOnly>(type: "date", nullable: true),
                    NieuweStartLokaal = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Reden = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Uitzonderingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Uitzonderingen_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Voorkomens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActiviteitId = table.Column<int>(type: "integer", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EindUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OorspronkelijkeStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voorkomens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Voorkomens_Activiteiten_ActiviteitId",
                        column: x => x.ActiviteitId,
                        principalTable: "Activiteiten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Openingstijden_ActiviteitId",
                table: "Openingstijden",
                column: "ActiviteitId");

            migrationBuilder.CreateIndex(
                name: "IX_Uitzonderingen_ActiviteitId",
                table: "Uitzonderingen",
                column: "ActiviteitId");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_ActiviteitId_StartUtc",
                table: "Voorkomens",
                columns: new[] { "ActiviteitId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_StartUtc",
                table: "Voorkomens",
                column: "StartUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Openingstijden");

            migrationBuilder.DropTable(
                name: "Uitzonderingen");

            migrationBuilder.DropTable(
                name: "Voorkomens");

            migrationBuilder.DropColumn(
                name: "GeplandTotUtc",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "GeplandVoorUtc",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "OnlineLink",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "Prikkelarm",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "Ringleiding",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "Rolstoeltoegankelijk",
                table: "Activiteiten");
        }
    }
}
