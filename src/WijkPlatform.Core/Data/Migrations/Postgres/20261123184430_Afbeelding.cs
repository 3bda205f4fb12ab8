using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WijkPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Afbeelding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Afbeelding",
                table: "Activiteiten",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AfbeeldingAlt",
                table: "Activiteiten",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Afbeelding",
                table: "Activiteiten");

            migrationBuilder.DropColumn(
                name: "AfbeeldingAlt",
                table: "Activiteiten");
        }
    }
}
