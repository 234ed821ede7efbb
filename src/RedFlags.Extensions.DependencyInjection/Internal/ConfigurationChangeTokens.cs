using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace RedFlags.Internal;

/// <summary>Tells the options system that the <see cref="RedFlagsOptions"/> of a name change when their configuration reloads.</summary>
internal sealed class ConfigurationChangeTokens : IOptionsChangeTokenSource<RedFlagsOptions>
{
    private readonly IConfiguration _configuration;

    public ConfigurationChangeTokens(string name, IConfiguration configuration)
    {
        Name = name;
        _configuration = configuration;
    }

    public string Name { get; }

    public IChangeToken GetChangeToken() => _configuration.GetReloadToken();
}
