namespace Warden.Guards;

/// <summary>What the engine does with a finding. Ordered by severity so the strongest action wins.</summary>
public enum GuardAction
{
    /// <summary>Ignore the finding.</summary>
    Allow = 0,

    /// <summary>Let the text through and report the finding.</summary>
    Flag = 1,

    /// <summary>Replace the finding's span according to the configured <see cref="RedactionMode"/>.</summary>
    Redact = 2,

    /// <summary>Refuse the whole text.</summary>
    Block = 3,
}
