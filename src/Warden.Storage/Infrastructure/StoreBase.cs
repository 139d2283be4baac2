using Microsoft.EntityFrameworkCore;
using Warden.Core.Errors;
using Warden.Storage.Data;

namespace Warden.Storage.Infrastructure;

/// <summary>
/// Runs each store operation on its own short-lived context and turns "the database is gone" into
/// <see cref="Errors.StoreUnavailable"/>, so the host fails closed with a clear error instead of a 500.
/// </summary>
internal abstract class StoreBase(IDbContextFactory<WardenDbContext> factory)
{
    protected async Task<T> RunAsync<T>(Func<WardenDbContext, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            return await operation(db);
        }
        catch (Exception ex) when (ex is not WardenException && ex is not OperationCanceledException && StoreFailures.IsUnavailable(ex))
        {
            throw new WardenException(Errors.StoreUnavailable(), ex);
        }
    }

    protected Task RunAsync(Func<WardenDbContext, Task> operation, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                await operation(db);
                return true;
            },
            cancellationToken);
}
