using System.Text.Json;
using Warden.Guards;
using Warden.Server.Configuration;

namespace Warden.Server.Gateway;

/// <summary>
/// The gateway's request pipeline, in order: authenticate → authorize (policy) → budgets → input guards → forward →
/// output guards → audit. Each stage is its own type and is testable alone; this class only sequences them and turns
/// any stage's <see cref="GatewayException"/> into OpenAI's error JSON.
/// </summary>
internal sealed partial class GatewayPipeline(
    GatewayAuthenticator authenticator, GatewayAuthorizer authorizer, GatewayGuards guards, BudgetEnforcer budgets,
    UsageLedger usage, ProviderRegistry providers, GatewayAuditor auditor, WardenConfig config, ILogger<GatewayPipeline> logger)
{
    private const int MaxResponseBytes = 32 * 1024 * 1024;

    public async Task HandleAsync(HttpContext context, string action)
    {
        var call = new GatewayCall(context, action);
        try
        {
            await RunAsync(call);
        }
        catch (GatewayException ex)
        {
            call.Error = ex.Error;
            await FailAsync(call);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            call.ClientDisconnected = true;
            call.Error = GatewayErrors.ClientDisconnected();
            await FailAsync(call);
        }
    }

    private async Task RunAsync(GatewayCall call)
    {
        var context = call.Context;
        var caller = call.Caller = await authenticator.AuthenticateAsync(context);
        using var request = await GatewayRequest.ReadAsync(context, config.Gateway.MaxRequestBytes);
        call.RequestedModel = request.Model;
        call.RequestBytes = request.Length;
        call.Stream = request.Stream && call.Action == GatewayActions.Chat;
        var model = call.Model = providers.Resolve(request.Model) ?? throw new GatewayException(GatewayErrors.UnknownModel(request.Model));

        var decision = call.Decision = authorizer.Decide(caller, call.Action, model, request.Length);
        // The decision is recorded while the call proceeds; no answer (or denial) is sent before it is durable.
        call.StartDecisionAudit(auditor.DecisionAsync(call));
        if (call.DecisionAuditCompleted)
        {
            await call.DecisionAuditedAsync();
        }

        await authorizer.EnforceAsync(decision, caller, call.Action, model, request.Root, context.RequestAborted);
        budgets.Admit(caller, decision.Obligations);

        var embeddings = call.Action == GatewayActions.Embed;
        var engine = guards.EngineFor(decision.Obligations);
        var vault = engine is null ? null : new GuardVault();
        string? systemPrompt = null;
        Dictionary<TextSlot, string> replacements = [];
        if (engine is not null)
        {
            var texts = embeddings ? GatewayGuards.EmbeddingTexts(request.Root) : GatewayGuards.ChatTexts(request.Root, out systemPrompt);
            replacements = GatewayGuards.ScanInput(engine, texts, vault!, call.Findings);
        }
        else if (!request.Root.TryGetProperty(embeddings ? "input" : "messages", out _))
        {
            // Without guards the texts are not extracted (no per-message strings on the hot path), but the shape is still checked.
            throw new GatewayException(GatewayErrors.InvalidField(embeddings ? "'input' is required" : "'messages' is required and must be an array"));
        }

        if (call.LogFull)
        {
            call.FullRequest = System.Text.Encoding.UTF8.GetString(request.Body.Span);
        }

        var changes = new BodyChanges(model.Model, embeddings ? null : decision.Obligations.MaxTokens, call.Stream, replacements, embeddings);
        var body = changes.IsNone(request.Model) ? request.Body : UpstreamBody.Write(request.Root, changes).WrittenMemory;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(model.Provider.Timeout);
        using var response = await UpstreamClient.SendAsync(model, embeddings ? "embeddings" : "chat/completions", body, timeout.Token, context.RequestAborted);
        call.UpstreamStatus = (int)response.StatusCode;
        await call.DecisionAuditedAsync();
        if (call.Stream)
        {
            var relay = new StreamRelay(call, response, timeout, engine, vault, systemPrompt, request.CallerWantsUsage, Complete);
            await relay.RunAsync();
            return;
        }

        await RespondAsync(call, response, timeout.Token, engine, vault, systemPrompt);
    }

    private async Task RespondAsync(GatewayCall call, HttpResponseMessage response, CancellationToken ct, GuardEngine? engine, GuardVault? vault, string? systemPrompt)
    {
        var provider = call.Model!.Provider;
        byte[] bytes;
        try
        {
            bytes = await UpstreamClient.ReadCappedAsync(response.Content, MaxResponseBytes, ct);
        }
        catch (OperationCanceledException ex) when (!call.Context.RequestAborted.IsCancellationRequested)
        {
            throw new GatewayException(GatewayErrors.UpstreamTimeout(provider.Name), ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidDataException)
        {
            throw new GatewayException(GatewayErrors.UpstreamGarbage(provider.Name), ex);
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new GatewayException(GatewayErrors.UpstreamGarbage(provider.Name), ex);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new GatewayException(GatewayErrors.UpstreamGarbage(provider.Name));
            }

            call.Usage = ReadUsage(doc.RootElement);
            if (engine is not null || call.LogFull)
            {
                bytes = GuardAnswer(call, doc.RootElement, engine, vault, systemPrompt) ?? bytes;
            }
        }

        // The answer is released only once the decision that allowed it is durable (fail closed). The outcome event
        // (usage, latency, findings) is written after the caller has the whole answer and shares the next decision's
        // commit, so it is neither on the caller's clock nor an fsync of its own; if it fails, the trail turns
        // unwritable and the next call is refused at its decision.
        await call.DecisionAuditedAsync();
        Charge(call);
        var r = call.Context.Response;
        r.StatusCode = StatusCodes.Status200OK;
        r.ContentType = "application/json";
        r.ContentLength = bytes.Length;
        await r.Body.WriteAsync(bytes, call.Context.RequestAborted);
        await r.CompleteAsync();
        auditor.FinishAfterAnswer(call);
    }

    /// <summary>Output guards on every choice's message; returns the rewritten body, or null when nothing changed.</summary>
    private static byte[]? GuardAnswer(GatewayCall call, JsonElement root, GuardEngine? engine, GuardVault? vault, string? systemPrompt)
    {
        if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var replaced = new Dictionary<int, string>();
        var i = 0;
        foreach (var choice in choices.EnumerateArray())
        {
            if (choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object &&
                m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
            {
                var text = c.GetString()!;
                (call.FullResponse ??= new()).Append(text);
                if (engine is not null)
                {
                    var guarded = GatewayGuards.ScanOutput(engine, text, systemPrompt, vault!, call.Findings);
                    if (!string.Equals(guarded, text, StringComparison.Ordinal))
                    {
                        replaced[ChunkRewriter.IndexOf(choice, i)] = guarded;
                    }
                }
            }

            i++;
        }

        return replaced.Count == 0 ? null : ChunkRewriter.Rewrite(root, "message", replaced);
    }

    /// <summary>Charges budgets, records usage and writes the final audit event; throws when the audit trail refuses.</summary>
    private async ValueTask Complete(GatewayCall call)
    {
        await call.DecisionAuditedAsync();
        Charge(call);
        await auditor.FinishAsync(call);
    }

    private async Task FailAsync(GatewayCall call)
    {
        var error = call.Error!;
        if (error.Status >= 500)
        {
            LogFailed(call.Action, call.RequestedModel, error.Id);
        }

        if (call.Caller is not null && call.Usage.TotalTokens > 0)
        {
            // Tokens the upstream reported were spent even if the call failed afterwards.
            Charge(call);
        }

        try
        {
            await call.DecisionAuditedAsync();
        }
        catch (GatewayException ex)
        {
            error = ex.Error;
        }

        try
        {
            await auditor.FinishAsync(call);
        }
        catch (GatewayException ex)
        {
            error = ex.Error;
        }

        if (call.ClientDisconnected)
        {
            return;
        }

        if (call.Context.Response.HasStarted)
        {
            await StreamRelay.WriteErrorEventAsync(call.Context, error);
            return;
        }

        await OpenAiErrors.WriteAsync(call.Context, error);
    }

    private void Charge(GatewayCall call)
    {
        if (call.Charged)
        {
            return;
        }

        call.Charged = true;
        budgets.Charge(call.Caller!, call.Usage.TotalTokens);
        usage.Record(call.Caller!, call.Usage);
    }

    internal static TokenUsage ReadUsage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var u) || u.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        static long Get(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) && n > 0 ? n : 0;
        var prompt = Get(u, "prompt_tokens");
        var completion = Get(u, "completion_tokens");
        var total = Get(u, "total_tokens");
        return new TokenUsage(prompt, completion, total > 0 ? total : prompt + completion);
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Gateway {Action} for model {Model} failed with {ErrorId}")]
    private partial void LogFailed(string action, string? model, string errorId);
}
