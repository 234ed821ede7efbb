using System;
using System.IO;
using Microsoft.Extensions.Options;
using RedFlags.Fhir;

namespace RedFlags.CdsHooks.Internal;

/// <summary>
/// The options the service reads FHIR data with: the built-in code tables, plus the local codes of
/// <see cref="RedFlagsCdsHooksOptions.LocalCodesFile"/>, read once (when the endpoints are mapped, so a bad file fails at start).
/// The data are parsed without the FHIR model checks (<see cref="FhirReadOptions.CheckResources"/>): a hook call returns
/// cards, never the read report those checks would fill, and they were the larger part of the parse time under load.
/// </summary>
internal sealed class CdsReadOptions(IOptions<RedFlagsCdsHooksOptions> options)
{
    private readonly Lazy<FhirReadOptions> _value = new(() => Load(options.Value.LocalCodesFile) with { CheckResources = false });

    public FhirReadOptions Value => _value.Value;

    private static FhirReadOptions Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new FhirReadOptions();
        }

        try
        {
            return new FhirReadOptions { CodeTables = FhirCodeTables.FromJson(File.ReadAllText(path)) };
        }
        catch (FhirCodeTableException ex)
        {
            throw new InvalidOperationException("RedFlags CDS Hooks: the local codes file '" + path + "' (LocalCodesFile) is invalid: " + string.Join(" ", ex.Errors), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException("RedFlags CDS Hooks: the local codes file '" + path + "' (LocalCodesFile) cannot be read: " + ex.Message, ex);
        }
    }
}
