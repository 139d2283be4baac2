using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Server.Configuration;
using Warden.Storage;

namespace Warden.Server.Hosting;

/// <summary>First-start and every-start work: schema, signing keys, bootstrap admin token.</summary>
internal sealed partial class WardenBootstrap(
    IWardenStorage storage, SigningKeyRing keys, IAdminTokenStore adminTokens, RevocationState revocations,
    WardenConfig config, TimeProvider time, ILogger<WardenBootstrap> logger)
{
    public const string AdminTokenFile = "admin.token";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(config.DataDirectory);
        await storage.InitializeAsync(cancellationToken);
        await keys.LoadAsync(cancellationToken);
        await revocations.RefreshAsync(cancellationToken);
        if (await adminTokens.CountActiveAsync(cancellationToken) == 0)
        {
            var token = RandomIds.Secret("wat_");
            await adminTokens.AddAsync(new AdminTokenRecord
            {
                Id = RandomIds.New("adm_", 9),
                Name = "bootstrap",
                TokenHash = SecretHasher.Fingerprint(token),
                CreatedAt = time.GetUtcNow(),
            }, cancellationToken);
            var path = Path.GetFullPath(Path.Combine(config.DataDirectory, AdminTokenFile));
            SecureFile.WriteAllText(path, token + "\n");
            LogAdminToken(path);
        }

        LogStarted(storage.Connection.Describe(), config.EffectiveIssuer);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Bootstrap admin token written to {Path} (mode 0600). Keep it secret.")]
    private partial void LogAdminToken(string path);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Warden ready: database {Database}, issuer {Issuer}")]
    private partial void LogStarted(string database, string issuer);
}
