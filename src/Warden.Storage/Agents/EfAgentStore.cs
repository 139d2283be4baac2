using Microsoft.EntityFrameworkCore;
using Warden.Core.Agents;
using Warden.Core.Errors;
using Warden.Storage.Data;
using Warden.Storage.Infrastructure;

namespace Warden.Storage.Agents;

internal sealed class EfAgentStore(IDbContextFactory<WardenDbContext> factory) : StoreBase(factory), IAgentStore
{
    /// <summary>The most agents one page returns, whatever the caller asks for.</summary>
    public const int MaxPageSize = 1000;

    public Task CreateAsync(Agent agent, IReadOnlyList<AgentCredential> credentials, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                db.Agents.Add(AgentMapper.ToEntity(agent));
                db.AgentCredentials.AddRange(credentials.Select(AgentMapper.ToEntity));
                try
                {
                    // One SaveChanges is one transaction: the agent never exists without its credentials.
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (StoreFailures.IsUniqueViolation(ex))
                {
                    throw new WardenException(Errors.InvalidRequest($"an agent or credential with id '{agent.Id}' already exists"), ex);
                }
            },
            cancellationToken);

    public Task<Agent?> FindAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                var entity = await db.Agents.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
                return entity is null ? null : AgentMapper.ToRecord(entity);
            },
            cancellationToken);

    public Task<IReadOnlyList<Agent>> ListAsync(AgentQuery query, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<Agent>>(
            async db =>
            {
                var agents = db.Agents.AsQueryable();
                if (query.Status is { } status)
                {
                    agents = agents.Where(a => a.Status == status);
                }

                if (query.Owner is { } owner)
                {
                    agents = agents.Where(a => a.Owner == owner);
                }

                if (query.After is { } after)
                {
                    // Keyset paging: stable under concurrent inserts, unlike OFFSET.
                    agents = agents.Where(a => a.Id.CompareTo(after) > 0);
                }

                var page = await agents
                    .OrderBy(a => a.Id)
                    .Take(Math.Clamp(query.Limit, 1, MaxPageSize))
                    .ToListAsync(cancellationToken);
                return page.ConvertAll(AgentMapper.ToRecord);
            },
            cancellationToken);

    public Task<bool> UpdateAsync(Agent agent, long expectedVersion, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                var row = AgentMapper.ToEntity(agent);

                // A conditional UPDATE is the optimistic lock: whoever changed the row first bumped the version,
                // so a stale writer matches no row. CreatedAt and Id never change.
                var updated = await db.Agents
                    .Where(a => a.Id == agent.Id && a.Version == expectedVersion)
                    .ExecuteUpdateAsync(
                        s => s
                            .SetProperty(a => a.Name, row.Name)
                            .SetProperty(a => a.Description, row.Description)
                            .SetProperty(a => a.Owner, row.Owner)
                            .SetProperty(a => a.LabelsJson, row.LabelsJson)
                            .SetProperty(a => a.ScopesJson, row.ScopesJson)
                            .SetProperty(a => a.AudiencesJson, row.AudiencesJson)
                            .SetProperty(a => a.Status, row.Status)
                            .SetProperty(a => a.UpdatedAt, row.UpdatedAt)
                            .SetProperty(a => a.ExpiresAt, row.ExpiresAt)
                            .SetProperty(a => a.Version, row.Version),
                        cancellationToken);
                return updated == 1;
            },
            cancellationToken);

    public Task<IReadOnlyList<AgentCredential>> GetCredentialsAsync(string agentId, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<AgentCredential>>(
            async db =>
            {
                var rows = await db.AgentCredentials
                    .Where(c => c.AgentId == agentId)
                    .OrderBy(c => c.CreatedAt)
                    .ThenBy(c => c.Id)
                    .ToListAsync(cancellationToken);
                return rows.ConvertAll(AgentMapper.ToRecord);
            },
            cancellationToken);

    public Task AddCredentialAsync(AgentCredential credential, CancellationToken cancellationToken) =>
        RunAsync(
            async db =>
            {
                db.AgentCredentials.Add(AgentMapper.ToEntity(credential));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (StoreFailures.IsForeignKeyViolation(ex))
                {
                    throw new WardenException(Errors.AgentNotFound(credential.AgentId), ex);
                }
                catch (DbUpdateException ex) when (StoreFailures.IsUniqueViolation(ex))
                {
                    throw new WardenException(Errors.InvalidRequest($"a credential with id '{credential.Id}' already exists"), ex);
                }
            },
            cancellationToken);

    public Task ExpireCredentialsAsync(string agentId, CredentialKind kind, DateTimeOffset notAfter, CancellationToken cancellationToken) =>
        RunAsync(
            db => db.AgentCredentials
                .Where(c => c.AgentId == agentId && c.Kind == kind && c.NotAfter == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.NotAfter, notAfter), cancellationToken),
            cancellationToken);

    public Task<bool> DeleteCredentialAsync(string agentId, string credentialId, CancellationToken cancellationToken) =>
        RunAsync(
            async db => await db.AgentCredentials
                .Where(c => c.AgentId == agentId && c.Id == credentialId)
                .ExecuteDeleteAsync(cancellationToken) > 0,
            cancellationToken);
}
