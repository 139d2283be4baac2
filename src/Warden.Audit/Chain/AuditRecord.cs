namespace Warden.Audit.Chain;

/// <summary>
/// One link of the chain as stored: the canonical event text (which names its own sequence number) and the hashes.
/// <c>Hash = SHA-256(PreviousHash || UTF-8(Payload))</c>, hex encoded.
/// </summary>
public sealed record AuditRecord
{
    public required long Sequence { get; init; }

    /// <summary>The canonical JSON of the event, as hashed; see <see cref="AuditCanonical"/>.</summary>
    public required string Payload { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }

    /// <summary>
    /// The searchable columns a store keeps beside the payload. The verifier checks them against the payload, so an
    /// edit to a column alone (to hide a row from search) is caught too. Null when the source has no such columns.
    /// </summary>
    public AuditProjection? Projection { get; init; }
}

/// <summary>Searchable copies of payload fields.</summary>
public sealed record AuditProjection(DateTimeOffset Time, int EventId, string Type, string Outcome, string? Agent, string? Human, string? Reason);

/// <summary>A signed statement "the chain up to <see cref="Sequence"/> has head <see cref="Hash"/>".</summary>
public sealed record AuditCheckpoint
{
    public required long Sequence { get; init; }

    public required string Hash { get; init; }

    public required DateTimeOffset SignedAt { get; init; }

    public required string KeyId { get; init; }

    /// <summary>ES256 signature (IEEE P1363, base64url) over <see cref="CheckpointSigner.SigningInput"/>.</summary>
    public required string Signature { get; init; }

    /// <summary>The public JWK of the signing key, so an archive can be checked offline (trust it only if it matches a published key).</summary>
    public string? PublicJwk { get; init; }
}

/// <summary>Where the stored chain starts: the sequence and hash of the last event before it (archived and pruned, or genesis).</summary>
public sealed record ChainAnchor(long Sequence, string Hash)
{
    public static readonly ChainAnchor Genesis = new(0, AuditChain.GenesisHash);
}
