using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Reader
    {
        /// <summary>Reads the <c>policy</c>, <c>providers</c>, <c>gateway</c> and <c>guards</c> sections.</summary>
        private WardenConfig GatewaySection(string section, YamlNode node, WardenConfig config)
        {
            Error(node, $"WRD8105 section '{section}' is not supported yet");
            return config;
        }
    }
}
