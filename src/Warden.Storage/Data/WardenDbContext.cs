using System.Text;
using Microsoft.EntityFrameworkCore;
using Warden.Storage.Agents;
using Warden.Storage.Security;
using Warden.Storage.Tokens;

namespace Warden.Storage.Data;

/// <summary>
/// The one EF Core model for every provider. Tables come from <see cref="IEntityTypeConfiguration{TEntity}"/>
/// classes found in this assembly, so a feature adds tables by adding a configuration class (and a schema step).
/// </summary>
internal sealed class WardenDbContext(DbContextOptions<WardenDbContext> options) : DbContext(options)
{
    public DbSet<AgentEntity> Agents => Set<AgentEntity>();

    public DbSet<AgentCredentialEntity> AgentCredentials => Set<AgentCredentialEntity>();

    public DbSet<SigningKeyEntity> SigningKeys => Set<SigningKeyEntity>();

    public DbSet<RevokedTokenEntity> RevokedTokens => Set<RevokedTokenEntity>();

    public DbSet<UsedAssertionEntity> UsedAssertions => Set<UsedAssertionEntity>();

    public DbSet<AdminTokenEntity> AdminTokens => Set<AdminTokenEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMicrosecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WardenDbContext).Assembly);

        // snake_case columns for every property not named explicitly: readable SQL on PostgreSQL without quoting.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (string.Equals(property.GetColumnName(), property.Name, StringComparison.Ordinal))
                {
                    property.SetColumnName(ToSnakeCase(property.Name));
                }
            }
        }

        // Agent ids page in byte order on both providers; PostgreSQL would otherwise use the database's locale.
        if (Database.IsNpgsql())
        {
            modelBuilder.Entity<AgentEntity>().Property(a => a.Id).UseCollation("C");
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
