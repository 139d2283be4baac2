using Warden.Core.Tokens;

namespace Warden.Core.Agents;

/// <summary>Validates agent input as a whole, collecting every error.</summary>
internal static class AgentValidation
{
    public static List<string> Validate(CreateAgentCommand c, DateTimeOffset now)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            errors.Add("'name' is required");
        }
        else if (c.Name.Length > 200)
        {
            errors.Add("'name' must be at most 200 characters");
        }

        if (string.IsNullOrWhiteSpace(c.Owner))
        {
            errors.Add("'owner' is required: every agent needs an accountable human");
        }
        else if (c.Owner.Length > 320)
        {
            errors.Add("'owner' must be at most 320 characters");
        }

        if (c.Description is { Length: > 2000 })
        {
            errors.Add("'description' must be at most 2000 characters");
        }

        if (c.Labels is { } labels)
        {
            if (labels.Count > 50)
            {
                errors.Add("at most 50 labels");
            }

            foreach (var (k, v) in labels)
            {
                if (!IsLabelKey(k) || v is null || v.Length > 200)
                {
                    errors.Add($"label '{Short(k)}' is invalid: keys are 1-63 characters of letters, digits, '.', '-', '_', '/'; values at most 200 characters");
                }
            }
        }

        foreach (var s in c.Scopes ?? [])
        {
            if (!ScopeSet.IsValidToken(s ?? ""))
            {
                errors.Add($"scope '{Short(s ?? "")}' is not a valid RFC 6749 scope token");
            }
        }

        if (c.Scopes is { Count: > ScopeSet.MaxScopes })
        {
            errors.Add($"at most {ScopeSet.MaxScopes} scopes");
        }

        foreach (var a in c.Audiences ?? [])
        {
            if (string.IsNullOrWhiteSpace(a) || a.Length > 512 || a.Any(char.IsWhiteSpace))
            {
                errors.Add($"audience '{Short(a ?? "")}' must be a non-empty resource identifier (URI) without spaces, at most 512 characters");
            }
        }

        if (c.Audiences is { Count: > 50 })
        {
            errors.Add("at most 50 audiences");
        }

        if (c.ExpiresAt is { } e && e <= now)
        {
            errors.Add("'expiresAt' must be in the future");
        }

        return errors;
    }

    private static bool IsLabelKey(string key) =>
        key.Length is > 0 and <= 63 && key.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' or '/');

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
