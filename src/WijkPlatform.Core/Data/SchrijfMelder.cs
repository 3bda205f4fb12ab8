using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WijkPlatform.Core.Data;

/// <summary>Something kept outside the database that must be dropped once data has changed, such as stored copies of
/// public pages.</summary>
public interface IGegevensGewijzigd
{
    /// <summary>Called after a write has been committed; must be quick and must not throw.</summary>
    void Gewijzigd();
}

/// <summary>Tells every <see cref="IGegevensGewijzigd"/> when a write reached the database: after the commit of its
/// transaction, or at once for a write outside one. It listens to commands rather than to SaveChanges, so the sign-up
/// counters (raw SQL) and ExecuteUpdate/ExecuteDelete count too. Telling before the commit would let a reader store the
/// old data again just after the drop.</summary>
public sealed class SchrijfMelder(IEnumerable<IGegevensGewijzigd> ontvangers) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly object Gemerkt = new();

    private readonly IGegevensGewijzigd[] ontvangers = [.. ontvangers];

    // Transactions with a write in them; weak, so a transaction that is never committed or rolled back is not kept.
    private readonly ConditionalWeakTable<DbTransaction, object> metSchrijven = [];

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Uitgevoerd(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Uitgevoerd(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Uitgevoerd(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        Uitgevoerd(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Uitgevoerd(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Uitgevoerd(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (metSchrijven.Remove(transaction))
        {
            Meld();
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        metSchrijven.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        metSchrijven.Remove(transaction);
        return Task.CompletedTask;
    }

    /// <summary>True for a command that changes data. Every write the application sends (EF's own batches included)
    /// begins with one of these words.</summary>
    public static bool IsSchrijven(string tekst)
    {
        var t = tekst.AsSpan().TrimStart();
        return t.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("MERGE", StringComparison.OrdinalIgnoreCase);
    }

    private void Uitgevoerd(DbCommand command)
    {
        if (ontvangers.Length == 0 || !IsSchrijven(command.CommandText))
        {
            return;
        }

        if (command.Transaction is { } transactie)
        {
            metSchrijven.AddOrUpdate(transactie, Gemerkt);
        }
        else
        {
            Meld();
        }
    }

    private void Meld()
    {
        foreach (var ontvanger in ontvangers)
        {
            ontvanger.Gewijzigd();
        }
    }
}
