using Warden.Core.Errors;

namespace Warden.Core.Tokens;

/// <summary>Parsing of RFC 6749 scope strings.</summary>
public static class ScopeSet
{
    public const int MaxScopes = 100;

    /// <summary>Null when no scope was requested; otherwise the distinct scope tokens.</summary>
    public static IReadOnlyList<string>? Parse(string? scope)
    {
        if (scope is null)
        {
            return null;
        }

        var parts = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length > MaxScopes)
        {
            throw new WardenException(Errors.Errors.InvalidScope(parts.Length == 0 ? "empty scope parameter" : $"more than {MaxScopes} scopes"));
        }

        foreach (var p in parts)
        {
            if (!IsValidToken(p))
            {
                throw new WardenException(Errors.Errors.InvalidScope("a scope contains characters outside RFC 6749 scope-token syntax or is longer than 200 characters"));
            }
        }

        return parts.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).</summary>
    public static bool IsValidToken(string token) =>
        token.Length is > 0 and <= 200 && token.All(c => c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E));
}
