namespace Warden.Guards;

/// <summary>Where a piece of text comes from; each channel has its own detector set and actions.</summary>
public enum GuardChannel
{
    /// <summary>Text typed by the end user.</summary>
    User,

    /// <summary>The system prompt written by the application.</summary>
    System,

    /// <summary>Retrieved context (RAG chunks, web pages, documents).</summary>
    Retrieved,

    /// <summary>Arguments the model passes to a tool.</summary>
    ToolArguments,

    /// <summary>Results returned by a tool.</summary>
    ToolOutput,

    /// <summary>The model's answer.</summary>
    ModelOutput,
}
