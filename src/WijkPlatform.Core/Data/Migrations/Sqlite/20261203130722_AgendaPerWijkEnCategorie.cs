using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaPerWijkEnCategorie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CategorieId",
                table: "Voorkomens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WijkId",
                table: "Voorkomens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Dates planned before this change take their activity's wijk and category now; the planner copies them from here on.
            // Dates are derived data, so one left without its activity (a restore with checks off) goes rather than block this.
            migrationBuilder.Sql("""
                DELETE FROM "Voorkomens" WHERE NOT EXISTS (SELECT 1 FROM "Activiteiten" a WHERE a."Id" = "Voorkomens"."ActiviteitId");
                UPDATE "Voorkomens" SET
                    "WijkId" = (SELECT a."WijkId" FROM "Activiteiten" a WHERE a."Id" = "Voorkomens"."ActiviteitId"),
                    "CategorieId" = (SELECT a."CategorieId" FROM "Activiteiten" a WHERE a."Id" = "Voorkomens"."ActiviteitId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_CategorieId_StartUtc_EindUtc",
                table: "Voorkomens",
                columns: new[] { "CategorieId", "StartUtc", "EindUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_WijkId_CategorieId_StartUtc_EindUtc",
                table: "Voorkomens",
                columns: new[] { "WijkId", "CategorieId", "StartUtc", "EindUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_WijkId_StartUtc_EindUtc",
                table: "Voorkomens",
                columns: new[] { "WijkId", "StartUtc", "EindUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_CategorieId_StartUtc_EindUtc",
                table: "Voorkomens");

            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_WijkId_CategorieId_StartUtc_EindUtc",
                table: "Voorkomens");

            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_WijkId_StartUtc_EindUtc",
                table: "Voorkomens");

            migrationBuilder.DropColumn(
                name: "CategorieId",
                table: "Voorkomens");

            migrationBuilder.DropColumn(
                name: "WijkId",
                table: "Voorkomens");
        }
    }
}
