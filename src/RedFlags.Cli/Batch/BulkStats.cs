using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RedFlags.Cli.Batch;

/// <summary>What the partitioning of a FHIR bulk export read: files, resources, the types it does not use, and the
/// resources it could not give to a patient.</summary>
internal sealed class BulkStats
{
    /// <summary>How many resources naming no patient are reported by place; the rest are counted.</summary>
    public const int NoPatientListed = 10;

    public int Files { get; set; }

    public long Resources { get; set; }

    public long InOtherShards { get; set; }

    public SortedDictionary<string, long> UnknownTypes { get; } = new(System.StringComparer.Ordinal);

    public long NoPatient { get; set; }

    public List<string> NoPatientSources { get; } = [];

    public void AddUnknown(string type) => UnknownTypes[type] = UnknownTypes.GetValueOrDefault(type) + 1;

    public void AddNoPatient(string source)
    {
        NoPatient++;
        if (NoPatientSources.Count < NoPatientListed)
        {
            NoPatientSources.Add(source);
        }
    }

    /// <summary>The lines standard error gets about the export.</summary>
    public IEnumerable<string> Report()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{Files} files, {Resources} resources read{(InOtherShards > 0 ? $", {InOtherShards} of them of patients in other shards" : string.Empty)}.");
        if (UnknownTypes.Count > 0)
        {
            yield return "resource types not used (counted, not read): " + string.Join(", ", UnknownTypes.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value}"))) + ".";
        }

        if (NoPatient > 0)
        {
            var more = NoPatient > NoPatientSources.Count ? string.Create(CultureInfo.InvariantCulture, $" and {NoPatient - NoPatientSources.Count} more") : string.Empty;
            yield return string.Create(CultureInfo.InvariantCulture, $"{NoPatient} resources name no patient (no Patient/... subject or patient, and no organizeOutputBy header before them) and were not used: {string.Join(", ", NoPatientSources)}{more}.");
        }
    }
}
