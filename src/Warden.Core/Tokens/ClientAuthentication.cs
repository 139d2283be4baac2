namespace Warden.Core.Tokens;

/// <summary>The client-authentication material of one token, introspection or revocation request.</summary>
public sealed record ClientAuthentication
{
    /// <summary>The raw <c>Authorization</c> header, if any.</summary>
    public string? AuthorizationHeader { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? ClientAssertionType { get; init; }

    public string? ClientAssertion { get; init; }

    /// <summary>The method used, for the audit trail: client_secret_basic, client_secret_post or private_key_jwt.</summary>
    public string Method =>
        AuthorizationHeader is not null ? "client_secret_basic" : ClientAssertion is not null ? "private_key_jwt" : "client_secret_post";
}
