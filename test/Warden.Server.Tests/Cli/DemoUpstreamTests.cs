using System.ClientModel;
using OpenAI;
using OpenAI.Chat;
using Warden.Cli.Commands;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Cli;

/// <summary>The demo upstream behind the README's gateway tour speaks the OpenAI protocol the official SDK expects.</summary>
public sealed class DemoUpstreamTests
{
    [Fact]
    public async Task OfficialSdk_ChatsAndStreamsAgainstTheDemoUpstream()
    {
        var port = LoopbackPort.Free();

        await using var app = DemoUpstreamCommand.Build($"http://127.0.0.1:{port}");
        await app.StartAsync();
        var client = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri($"http://127.0.0.1:{port}/v1") }).GetChatClient("demo");

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("ping")]);
        Assert.Equal("You said: ping", completion.Content[0].Text);
        Assert.True(completion.Usage.TotalTokenCount > 0);

        var streamed = new System.Text.StringBuilder();
        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("stream this")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                streamed.Append(part.Text);
            }
        }

        Assert.Equal("You said: stream this", streamed.ToString().Trim());
        await app.StopAsync();
    }
}
