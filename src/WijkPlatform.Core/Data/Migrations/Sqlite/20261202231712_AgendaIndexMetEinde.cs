using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaIndexMetEinde : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_StartUtc",
                table: "Voorkomens");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_StartUtc_EindUtc",
                table: "Voorkomens",
                columns: new[] { "StartUtc", "EindUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_StartUtc_EindUtc",
                table: "Voorkomens");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_StartUtc",
                table: "Voorkomens",
                column: "StartUtc");
        }
    }
}
