using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Warden.Audit.Export;
using Warden.Cli;
using Warden.Server.Configuration;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Approvals;

/// <summary>The README tour's approval step from the command line, and signed webhook notifications.</summary>
[Collection("Console")]
public sealed class ApprovalCliAndWebhookTests : IAsyncLifetime
{
    private const string SecretEnv = "WARDEN_TEST_APPROVAL_HOOK_SECRET";
    private const string Secret = "approval-hook-secret-0123456789";
    private readonly ConcurrentQueue<(string Body, string Signature, string Event)> _received = new();
    private readonly TaskCompletionSource _decided = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _receiver = null!;
    private ApprovalTestHost _host = null!;
    private int _calls;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable(SecretEnv, Secret);
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/hook", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();

            // The first delivery fails, so the notifier must retry.
            if (Interlocked.Increment(ref _calls) == 1)
            {
                return Results.StatusCode(500);
            }

            var type = context.Request.Headers["X-Warden-Event"].ToString();
            _received.Enqueue((body, context.Request.Headers[WebhookExporter.SignatureHeader].ToString(), type));
            if (type == "approval.approved")
            {
                _decided.TrySetResult();
            }

            return Results.Ok();
        });
        await _receiver.StartAsync();
        _host = await ApprovalTestHost.StartAsync(a => a with
        {
            Webhooks = [new WebhookConfig { Url = new Uri($"http://127.0.0.1:{port}/hook"), SecretEnv = SecretEnv }],
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = await WardenCli.Create().Parse([.. args, "--server", _host.Gateway.BaseUrl, "--token", _host.Gateway.AdminToken]).InvokeAsync();
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [Fact]
    public async Task BlockedCall_ApprovedFromTheCli_SucceedsOnce_AndWebhooksAreSigned()
    {
        var token = await _host.AgentTokenAsync(await _host.CreateAgentAsync());
        var id = await _host.BlockedAsync(token, "fake-capped", "Transfer 100 EUR.");

        var (exit, output, error) = await RunAsync("approvals", "list", "--json");
        Assert.True(exit == 0, error);
        Assert.Contains(id, output, StringComparison.Ordinal);

        (exit, output, error) = await RunAsync("approvals", "approve", id, "--reason", "invoice checked", "--json");
        Assert.True(exit == 0, error);
        Assert.Equal("approved", JsonDocument.Parse(output).RootElement.GetProperty("state").GetString());

        (exit, _, error) = await RunAsync("approvals", "approve", id, "--reason", "again");
        Assert.Equal(1, exit);
        Assert.Contains("WRD7002", error, StringComparison.Ordinal);

        var (status, body) = await _host.CallAsync(token, "fake-capped", "Transfer 100 EUR.");
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        await _host.BlockedAsync(token, "fake-capped", "Transfer 100 EUR.");

        await _decided.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(_calls >= 3, $"expected a retry and two deliveries, saw {_calls} calls");
        var secret = Encoding.UTF8.GetBytes(Secret);
        Assert.All(_received, r => Assert.True(WebhookExporter.Verify(secret, r.Signature, r.Body), r.Body));
        Assert.Contains(_received, r => r.Event == "approval.requested" && r.Body.Contains(id, StringComparison.Ordinal));
        var approved = Assert.Single(_received, r => r.Event == "approval.approved");
        Assert.Equal("invoice checked", JsonDocument.Parse(approved.Body).RootElement.GetProperty("data").GetProperty("decisionReason").GetString());
        Assert.False(WebhookExporter.Verify(Encoding.UTF8.GetBytes("wrong"), approved.Signature, approved.Body));
    }
}
