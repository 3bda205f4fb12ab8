using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GewijzigdUtc",
                table: "Paginas",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "GewijzigdUtc",
                table: "Organisaties",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "GewijzigdUtc",
                table: "Activiteiten",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "Gebruikers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EmailBevestigd = table.Column<bool>(type: "boolean", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Telefoon = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    WachtwoordHash = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BeveiligingsStempel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TweeStapsAan = table.Column<bool>(type: "boolean", nullable: false),
                    BlokkerenMogelijk = table.Column<bool>(type: "boolean", nullable: false),
                    GeblokkeerdTot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MisluktePogingen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gebruikers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rollen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedNaam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rollen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GebruikerTokens",
                columns: table => new
                {
                    GebruikerId = table.Column<int>(type: "integer", nullable: false),
                    Aanbieder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Waarde = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GebruikerTokens", x => new { x.GebruikerId, x.Aanbieder, x.Naam });
                    table.ForeignKey(
                        name: "FK_GebruikerTokens_Gebruikers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "Gebruikers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lidmaatschappen",
                columns: table => new
                {
                    GebruikerId = table.Column<int>(type: "integer", nullable: false),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => new { x.GebruikerId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Gebruikers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "Gebruikers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WijkBindingen",
                columns: table => new
                {
                    GebruikerId = table.Column<int>(type: "integer", nullable: false),
                    WijkId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WijkBindingen", x => new { x.GebruikerId, x.WijkId });
                    table.ForeignKey(
                        name: "FK_WijkBindingen_Gebruikers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "Gebruikers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WijkBindingen_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GebruikerRollen",
                columns: table => new
                {
                    GebruikerId = table.Column<int>(type: "integer", nullable: false),
                    RolId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GebruikerRollen", x => new { x.GebruikerId, x.RolId });
                    table.ForeignKey(
                        name: "FK_GebruikerRollen_Gebruikers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "Gebruikers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GebruikerRollen_Rollen_RolId",
                        column: x => x.RolId,
                        principalTable: "Rollen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GebruikerRollen_RolId",
                table: "GebruikerRollen",
                column: "RolId");

            migrationBuilder.CreateIndex(
                name: "IX_Gebruikers_NormalizedEmail",
                table: "Gebruikers",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_OrganisatieId",
                table: "Lidmaatschappen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Rollen_NormalizedNaam",
                table: "Rollen",
                column: "NormalizedNaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WijkBindingen_WijkId",
                table: "WijkBindingen",
                column: "WijkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GebruikerRollen");

            migrationBuilder.DropTable(
                name: "GebruikerTokens");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "WijkBindingen");

            migrationBuilder.DropTable(
                name: "Rollen");

            migrationBuilder.DropTable(
                name: "Gebruikers");

            migrationBuilder.DropColumn(
                name: "GewijzigdUtc",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "GewijzigdUtc",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "GewijzigdUtc",
                table: "Activiteiten");
        }
    }
}
