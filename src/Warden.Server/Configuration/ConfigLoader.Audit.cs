using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Reader
    {
        /// <summary>Reads the <c>audit</c> section.</summary>
        private WardenConfig AuditSection(YamlNode node, WardenConfig config)
        {
            Error(node, "WRD8105 section 'audit' is not supported yet");
            return config;
        }
    }
}
