using Microsoft.EntityFrameworkCore;

namespace WijkPlatform.Core.Data;

public sealed class SqliteWijkDbContext(DbContextOptions<SqliteWijkDbContext> options) : WijkDbContext(options);
