using Microsoft.Extensions.DependencyInjection;

namespace Warden.Storage.Tests.Infrastructure;

/// <summary>
/// One provider's database for one test class. The contract suites only talk to this, so the same tests run on
/// every provider. <see cref="CreateFreshAsync"/> gives schema tests an untouched database of their own.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];

    public StorageOptions Options { get; private set; } = new();

    /// <summary>Services over the class's database, schema already initialised.</summary>
    public IServiceProvider Services { get; private set; } = null!;

    public abstract StorageProvider Provider { get; }

    /// <summary>Options for a brand-new, empty database (not initialised).</summary>
    public abstract Task<StorageOptions> CreateFreshAsync();

    /// <summary>Separate service providers behave like separate Warden processes: own pools, own contexts.</summary>
    public ServiceProvider CreateServices(StorageOptions options)
    {
        var services = new ServiceCollection().AddWardenStorage(options).BuildServiceProvider();
        lock (providers)
        {
            providers.Add(services);
        }

        return services;
    }

    public async Task InitializeAsync()
    {
        Options = await CreateFreshAsync();
        var services = CreateServices(Options);
        await services.GetRequiredService<IWardenStorage>().InitializeAsync(CancellationToken.None);
        Services = services;
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await DropAllAsync();
    }

    protected abstract Task DropAllAsync();
}
