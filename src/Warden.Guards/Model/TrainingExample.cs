namespace Warden.Guards.Model;

/// <summary>One labelled text for training a linear detector model.</summary>
internal sealed record TrainingExample(string Text, bool Positive, string Source, string Kind);
