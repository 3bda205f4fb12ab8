using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Categorieen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IsDagontmoeting = table.Column<bool>(type: "INTEGER", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categorieen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Paginas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Inhoud = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Gepubliceerd = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Paginas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SyncBestanden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GeimporteerdUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncBestanden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Locaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Straat = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Rolstoeltoegankelijk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ringleiding = table.Column<bool>(type: "INTEGER", nullable: false),
                    Prikkelarm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Toegankelijkheid = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Locaties_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisaties_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Wijkteams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocatieId = table.Column<int>(type: "INTEGER", nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Inloop = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijkteams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijkteams_Locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Wijkteams_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Activiteiten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Samenvatting = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CategorieId = table.Column<int>(type: "INTEGER", nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocatieId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisatieId = table.Column<int>(type: "INTEGER", nullable: true),
                    Doelgroep = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartLokaal = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DuurMinuten = table.Column<int>(type: "INTEGER", nullable: false),
                    Herhaling = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    KostenInCenten = table.Column<int>(type: "INTEGER", nullable: false),
                    AanmeldenNodig = table.Column<bool>(type: "INTEGER", nullable: false),
                    Capaciteit = table.Column<int>(type: "INTEGER", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activiteiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activiteiten_Categorieen_CategorieId",
                        column: x => x.CategorieId,
                        principalTable: "Categorieen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activiteiten_Locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activiteiten_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activiteiten_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_CategorieId",
                table: "Activiteiten",
                column: "CategorieId");

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_Key",
                table: "Activiteiten",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_LocatieId",
                table: "Activiteiten",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_OrganisatieId",
                table: "Activiteiten",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_Slug",
                table: "Activiteiten",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activiteiten_WijkId_StartLokaal",
                table: "Activiteiten",
                columns: new[] { "WijkId", "StartLokaal" });

            migrationBuilder.CreateIndex(
                name: "IX_Categorieen_Key",
                table: "Categorieen",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Categorieen_Slug",
                table: "Categorieen",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_Key",
                table: "Locaties",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_Slug",
                table: "Locaties",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_WijkId",
                table: "Locaties",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_Key",
                table: "Organisaties",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_Slug",
                table: "Organisaties",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_WijkId",
                table: "Organisaties",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_Paginas_Key",
                table: "Paginas",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Paginas_Slug",
                table: "Paginas",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SyncBestanden_Soort_Key",
                table: "SyncBestanden",
                columns: new[] { "Soort", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_Key",
                table: "Wijken",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_Slug",
                table: "Wijken",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkteams_Key",
                table: "Wijkteams",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkteams_LocatieId",
                table: "Wijkteams",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijkteams_Slug",
                table: "Wijkteams",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkteams_WijkId",
                table: "Wijkteams",
                column: "WijkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Activiteiten");

            migrationBuilder.DropTable(
                name: "Paginas");

            migrationBuilder.DropTable(
                name: "SyncBestanden");

            migrationBuilder.DropTable(
                name: "Wijkteams");

            migrationBuilder.DropTable(
                name: "Categorieen");

            migrationBuilder.DropTable(
                name: "Organisaties");

            migrationBuilder.DropTable(
                name: "Locaties");

            migrationBuilder.DropTable(
                name: "Wijken");
        }
    }
}
