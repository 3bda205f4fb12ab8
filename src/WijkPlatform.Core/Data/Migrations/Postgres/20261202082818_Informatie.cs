using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Informatie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<string>(
                name: "EenvoudigeSamenvatting",
                table: "Paginas",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GepubliceerdUtc",
                table: "Paginas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublicerenVanafUtc",
                table: "Paginas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Soort",
                table: "Paginas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Paginas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Keep what was published published: the boolean becomes the Status value Gepubliceerd (2).
            migrationBuilder.Sql("UPDATE \"Paginas\" SET \"Status\" = 2 WHERE \"Gepubliceerd\"; UPDATE \"Paginas\" SET \"GepubliceerdUtc\" = \"GewijzigdUtc\" WHERE \"Gepubliceerd\";");

            migrationBuilder.DropColumn(
                name: "Gepubliceerd",
                table: "Paginas");

            migrationBuilder.AddColumn<int>(
                name: "Versie",
                table: "Paginas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WijkId",
                table: "Paginas",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AfmeldUrl",
                table: "Outbox",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Clientondersteuners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Talen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Toegankelijkheid = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Werkgebieden = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clientondersteuners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MenuItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Menu = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Url = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenuItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NieuwsbriefAbonnementen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    WijkId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    BevestigCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AfmeldCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AangevraagdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BevestigdUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AfgemeldUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NieuwsbriefAbonnementen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NieuwsbriefAbonnementen_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NieuwsbriefVerzendingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WijkId = table.Column<int>(type: "integer", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    AangemaaktUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Ontvangers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NieuwsbriefVerzendingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NieuwsbriefVerzendingen_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaginaVersies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PaginaId = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EenvoudigeSamenvatting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Inhoud = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    OpgeslagenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaginaVersies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaginaVersies_Paginas_PaginaId",
                        column: x => x.PaginaId,
                        principalTable: "Paginas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Paginas_Soort_Status_GepubliceerdUtc",
                table: "Paginas",
                columns: new[] { "Soort", "Status", "GepubliceerdUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Paginas_WijkId",
                table: "Paginas",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Clientondersteuners_Key",
                table: "Clientondersteuners",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clientondersteuners_Slug",
                table: "Clientondersteuners",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MenuItems_Key",
                table: "MenuItems",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MenuItems_Menu_Volgorde",
                table: "MenuItems",
                columns: new[] { "Menu", "Volgorde" });

            migrationBuilder.CreateIndex(
                name: "IX_MenuItems_Slug",
                table: "MenuItems",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NieuwsbriefAbonnementen_AfmeldCode",
                table: "NieuwsbriefAbonnementen",
                column: "AfmeldCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NieuwsbriefAbonnementen_BevestigCodeHash",
                table: "NieuwsbriefAbonnementen",
                column: "BevestigCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NieuwsbriefAbonnementen_Email_WijkId",
                table: "NieuwsbriefAbonnementen",
                columns: new[] { "Email", "WijkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NieuwsbriefAbonnementen_WijkId_Status",
                table: "NieuwsbriefAbonnementen",
                columns: new[] { "WijkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_NieuwsbriefVerzendingen_WijkId_Week",
                table: "NieuwsbriefVerzendingen",
                columns: new[] { "WijkId", "Week" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaginaVersies_PaginaId_Nummer",
                table: "PaginaVersies",
                columns: new[] { "PaginaId", "Nummer" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Paginas_Wijken_WijkId",
                table: "Paginas",
                column: "WijkId",
                principalTable: "Wijken",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Paginas_Wijken_WijkId",
                table: "Paginas");

            migrationBuilder.DropTable(
                name: "Clientondersteuners");

            migrationBuilder.DropTable(
                name: "MenuItems");

            migrationBuilder.DropTable(
                name: "NieuwsbriefAbonnementen");

            migrationBuilder.DropTable(
                name: "NieuwsbriefVerzendingen");

            migrationBuilder.DropTable(
                name: "PaginaVersies");

            migrationBuilder.DropIndex(
                name: "IX_Paginas_Soort_Status_GepubliceerdUtc",
                table: "Paginas");

            migrationBuilder.DropIndex(
                name: "IX_Paginas_WijkId",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "EenvoudigeSamenvatting",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "GepubliceerdUtc",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "PublicerenVanafUtc",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "Versie",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "WijkId",
                table: "Paginas");

            migrationBuilder.DropColumn(
                name: "AfmeldUrl",
                table: "Outbox");

            migrationBuilder.AddColumn<bool>(
                name: "Gepubliceerd",
                table: "Paginas",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
