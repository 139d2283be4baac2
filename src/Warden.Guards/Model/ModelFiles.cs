namespace Warden.Guards.Model;

/// <summary>File names of the shipped models under models/guard/.</summary>
internal static class ModelFiles
{
    public const string PromptAttack = "prompt-attack.bin";
    public const string HarmfulRequest = "harmful-request.bin";
}
