using System;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RedFlags.Fhir.Internal;

/// <summary>Text, links and deterministic identifiers shared by the FHIR and CDS Hooks writers.</summary>
internal static class WriterText
{
    /// <summary>NICE NG59, the low back pain guideline: the link when no more specific guideline is cited.</summary>
    public const string DefaultGuidelineUrl = "https://www.nice.org.uk/guidance/ng59";

    private static readonly (string Marker, string Url)[] s_guidelines =
    [
        ("NG234", "https://www.nice.org.uk/guidance/ng234"),
        ("NG12", "https://www.nice.org.uk/guidance/ng12"),
        ("NG59", "https://www.nice.org.uk/guidance/ng59"),
        ("CG75", "https://www.nice.org.uk/guidance/cg75"),
    ];

    /// <summary>The guideline link for a citation, when the citation is a known guideline.</summary>
    public static string? GuidelineUrl(string citation)
    {
        foreach (var (marker, url) in s_guidelines)
        {
            if (citation.Contains(marker, StringComparison.Ordinal))
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The default guideline of a suspected condition.</summary>
    public static string GuidelineUrl(SuspectedCondition condition) => condition switch
    {
        SuspectedCondition.MetastaticSpinalCordCompression => "https://www.nice.org.uk/guidance/ng234",
        SuspectedCondition.Malignancy => "https://www.nice.org.uk/guidance/ng12",
        _ => DefaultGuidelineUrl,
    };

    /// <summary>A canonical text of an assessment: what the deterministic identifiers are derived from.</summary>
    public static string Canonical(Assessment assessment)
    {
        var text = new StringBuilder();
        text.Append(assessment.RuleSet.Id).Append('|').Append(assessment.RuleSet.Version).Append('|').Append(assessment.RuleSet.Fingerprint)
            .Append('|').Append(assessment.AssessmentDate.ToString()).Append('|').Append(assessment.CareSetting)
            .Append('|').Append(assessment.Urgency).Append('|').Append(assessment.DecidingRuleId);
        foreach (var flag in assessment.ContributingFlags)
        {
            text.Append("|K:").Append(flag.RuleId);
        }

        foreach (var condition in assessment.Conditions)
        {
            text.Append("|C:").Append(condition.Condition).Append(',').Append(condition.Concern).Append(',').Append(condition.Urgency);
            foreach (var flag in condition.Flags)
            {
                text.Append("|F:").Append(flag.RuleId);
                foreach (var fact in flag.Facts)
                {
                    text.Append(';').Append(fact.Name).Append('=').Append(fact.Observed);
                }
            }
        }

        foreach (var question in assessment.Questions)
        {
            text.Append("|Q:").Append(question.Name);
        }

        return text.ToString();
    }

    /// <summary>A UUID (RFC 9562 version 8, name-based on SHA-256) derived from the text: the same text gives the same UUID.</summary>
    public static string Uuid(string text) => Uuid(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The UUID of <see cref="Uuid(string)"/> for the text of the parts followed by a tail already in UTF-8 (the canonical
    /// text of an assessment, shared by all its cards and issues), without building the joined text: for a long
    /// canonical text, the joined copies were most of what writing the cards allocated.
    /// </summary>
    public static string Uuid(ReadOnlySpan<string> parts, ReadOnlySpan<byte> tail)
    {
        var length = tail.Length;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetByteCount(part);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            foreach (var part in parts)
            {
                written += Encoding.UTF8.GetBytes(part, buffer.AsSpan(written));
            }

            tail.CopyTo(buffer.AsSpan(written));
            return Uuid(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Uuid(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
#if NET9_0_OR_GREATER
        var hex = Convert.ToHexStringLower(hash[..16]);
#else
        var hex = string.Create(32, hash[..16].ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
                chars[(2 * i) + 1] = "0123456789abcdef"[bytes[i] & 0xF];
            }
        });
#endif
        return string.Create(CultureInfo.InvariantCulture, $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}");
    }

    /// <summary>
    /// Shortens text to fewer than <paramref name="limit"/> characters at a word boundary, ending with an ellipsis when
    /// cut; a single word longer than the limit is the only case cut inside a word.
    /// </summary>
    public static string ShortenAtWord(string text, int limit)
    {
        if (text.Length < limit)
        {
            return text;
        }

        // Room for the ellipsis: the kept text has at most limit - 2 characters.
        var room = limit - 2;
        var end = text.LastIndexOf(' ', room);
        var cut = (end > 0 ? text[..end] : text[..room]).TrimEnd(' ', ',', ';', ':', '-', '(');
        return cut + "…";
    }

    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
