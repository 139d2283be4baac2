namespace Warden.Core.Tokens;

/// <summary>A freshly signed access token and what the token endpoint reports about it.</summary>
public sealed record IssuedToken(string AccessToken, AccessTokenClaims Claims)
{
    public int ExpiresIn => (int)Math.Max(0, (Claims.ExpiresAt - Claims.IssuedAt).TotalSeconds);

    public string Scope => string.Join(' ', Claims.Scopes);
}
