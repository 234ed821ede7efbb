using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Text;
using RedFlags.Cli.Batch;

namespace RedFlags.Cli;

/// <summary>Builds the <c>redflags</c> command tree: assess, batch and rules (list, show, validate, fingerprint, export).</summary>
internal static class CommandTree
{
    private const string ExitCodesShort = "Exit codes: 0 success; 1 invalid input; 2 usage or I/O error.";

    private static readonly string[] SettingNames = ["primary-care", "emergency-department", "specialist-spine-service", "oncology"];

    private const string AssessExitCodes = "Exit codes: 0 success; 1 invalid input (the presentation, or FHIR data that is not FHIR R4 JSON); 2 usage or I/O error; 3 FHIR asked for in the native build, which has no FHIR support (use the .NET tool).";

    public static Command Build()
    {
        // A plain Command named "redflags" rather than RootCommand, whose name is the executable's (RedFlags.Cli).
        var root = new Command(
            "redflags",
            "Screens adults with low back pain for the red flags of serious spinal disease (malignancy and metastatic spinal cord compression, cauda equina syndrome, vertebral fracture, spinal infection). "
            + "Clinical decision support for health professionals: red flags raise or lower suspicion; they do not diagnose. "
            + ExitCodes.HelpText);
        var help = new HelpOption();
        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(BuildAssess());
        root.Subcommands.Add(BuildBatch());
        root.Subcommands.Add(BuildRules());
        if (help.Action is HelpAction helpAction)
        {
            help.Action = new UsageConsistentHelpAction(helpAction);
        }

        return root;
    }

    /// <summary>
    /// A command as its usage line shows it, <c>fingerprint [&lt;FILE&gt;]</c>: an optional argument in brackets.
    /// </summary>
    public static string UsageLabel(Command command)
    {
        var label = new StringBuilder(command.Name);
        foreach (var argument in command.Arguments)
        {
            var name = $"<{argument.HelpName ?? argument.Name}>";
            label.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
        }

        return label.ToString();
    }

    private static Command BuildAssess()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The presentation JSON file to assess (with --fhir: FHIR R4 JSON, a Bundle or a single resource), or - to read standard input.",
        };
        var fhir = new Option<bool>("--fhir")
        {
            Description = "Read FILE as FHIR R4 JSON (a Bundle or a single resource: Patient, Condition, Observation, MedicationStatement/MedicationRequest, Procedure, FamilyMemberHistory) instead of presentation JSON. "
                + "The assessment date is --date, else today; the care setting is --setting. What was mapped from which resource, what was not used and why, and any issues are printed before the text report, "
                + "or on standard error with the other formats. Not available in the native build.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a report for a person), json (the assessment JSON), fhir (a FHIR R4 Bundle: RiskAssessment and a DetectedIssue per emergency or urgent flag) "
                + "or cds-hooks (a CDS Hooks patient-view response). fhir and cds-hooks are not available in the native build.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "fhir", "cds-hooks");
        var setting = SettingOption("The care setting, overriding the one in the input: primary-care, emergency-department, specialist-spine-service or oncology. "
            + "It selects the pre-test probability of the probability estimate; without a care setting (the default for --fhir input) there is no probability estimate, only the flags and the urgency.");
        var fhirCodes = new Option<string?>("--fhir-codes")
        {
            Description = "With --fhir: a JSON file of local codes added to the FHIR code tables ({\"codes\": [{\"kind\": \"condition\", \"system\": ..., \"code\": ..., \"finding\": \"saddleNumbness\", \"source\": ...}]}; see docs/fhir.md). "
                + "Checked before the input is read: every error is listed with its field and value, and the exit code is 1.",
            HelpName = "FILE",
        };
        var date = DateOption();
        var rules = RulesOption();
        var command = new Command(
            "assess",
            "Assess one presentation and print a report: urgency and what to do by when, each suspected condition with its flags, the facts that fired them and their sources, "
            + "the probability estimate, investigations, the questions still to ask, advice for the patient and the rule set used. "
            + "Colour and layout when standard output is a terminal (set NO_COLOR to turn colour off); plain text when redirected. "
            + AssessExitCodes)
        {
            file,
            fhir,
            fhirCodes,
            format,
            setting,
            date,
            rules,
        };
        command.SetAction(parseResult => AssessCommand.Run(new AssessOptions(
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(fhir),
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(setting),
            parseResult.GetValue(date),
            parseResult.GetValue(rules),
            parseResult.GetValue(fhirCodes))));
        return command;
    }

    private static Command BuildBatch()
    {
        var input = new Argument<string>("IN")
        {
            Description = "The NDJSON input: one presentation JSON object per line (split on LF only), or - to read standard input. Lines of nothing but JSON whitespace are skipped but still counted. Leave it out with --fhir-bulk.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var fhirBulk = new Option<string?>("--fhir-bulk")
        {
            Description = "Read the NDJSON files of a FHIR Bulk Data $export in DIR instead (one file per resource type, or the organizeOutputBy=Patient layout): resources are grouped by patient "
                + "through temporary partition files (bounded memory), each patient gets one result with its id. The date is --date, else the transactionTime of a manifest (.json) in DIR. Not in the native build.",
            HelpName = "DIR",
        };
        var shape = new Option<ResultShape>("--output", "-o")
        {
            Description = "What each record holds: summary (the screening shape, under 1 KB: urgency, deciding rule, conditions and their rules, open questions, rule set), "
                + "full (the whole assessment JSON) or fhir (a FHIR R4 Bundle; not in the native build). The file to write is --out.",
            HelpName = "summary|full|fhir",
            DefaultValueFactory = _ => ResultShape.Summary,
            CustomParser = ParseShape,
        };
        var outFile = new Option<string?>("--out")
        {
            Description = "Write the results to this file instead of standard output (required for --format parquet).",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "ndjson (default): one JSON record per line, in input order. parquet: one row per input line (line, id, urgency, decidingRuleId, conditions, firedRuleIds, "
                + "openDecisiveQuestions, ruleSetFingerprint, error) in a Parquet file given with --out; not in the native build.",
            DefaultValueFactory = _ => "ndjson",
        };
        format.AcceptOnlyFromAmong("ndjson", "parquet");
        var shard = new Option<Shard>("--shard")
        {
            Description = "Assess only shard i of N (i from 0 to N-1, as a Kubernetes Indexed Job numbers its pods): the lines whose id (or, without one, line number) hashes to i (FNV-1a 64 of the UTF-8 bytes, mod N). "
                + "N processes with 0/N to N-1/N cover the input exactly once.",
            HelpName = "i/N",
            DefaultValueFactory = _ => Shard.All,
            CustomParser = ParseShard,
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue the --out file of an interrupted run (stopped by a signal, killed): the input lines up to its last whole record are not assessed again, a record cut short is written again whole. "
                + "Give the same input and options as the first run.",
        };
        var allowErrors = new Option<bool>("--allow-errors")
        {
            Description = "Exit 0 when the run completes even if some inputs failed (their error records are in the output, the summary counts them): "
                + "for job runners, where exit 1 would mark the shard failed and retry it for nothing.",
        };
        var setting = SettingOption("The care setting, overriding every line's: primary-care, emergency-department, specialist-spine-service or oncology. It selects the pre-test probability of the probability estimate.");
        var date = DateOption();
        var rules = RulesOption();
        var command = new Command(
            "batch",
            "Assess every line of an NDJSON file in parallel, writing one result per input line in input order: "
            + "{\"line\":n,\"id\":...,\"urgency\":...,\"summary\":{...}} (or \"assessment\", or \"fhir\", as --output says) or {\"line\":n,\"id\":...,\"errors\":[...]} listing every problem. "
            + "A bad line never stops the others. Progress and a summary by urgency go to standard error. SIGINT or SIGTERM stops reading, writes whole records only and exits 130 or 143. "
            + ExitCodesShort)
        {
            input,
            shape,
            outFile,
            format,
            setting,
            date,
            rules,
            shard,
            resume,
            fhirBulk,
            allowErrors,
        };
        command.SetAction((parseResult, cancellationToken) => BatchCommand.RunAsync(
            new BatchOptions(
                parseResult.GetValue(input),
                parseResult.GetValue(outFile),
                parseResult.GetValue(shape),
                parseResult.GetValue(format) ?? "ndjson",
                parseResult.GetValue(setting),
                parseResult.GetValue(date),
                parseResult.GetValue(rules),
                parseResult.GetValue(shard),
                parseResult.GetValue(resume),
                parseResult.GetValue(fhirBulk),
                parseResult.GetValue(allowErrors)),
            cancellationToken));
        return command;
    }

    private static Command BuildRules()
    {
        var rules = new Command("rules", "List, show, validate, fingerprint and export rule sets. " + ExitCodesShort);

        var listRules = RulesOption();
        var list = new Command("list", "List the rules of the default catalogue (or of --rules FILE): id, condition, urgency and title.")
        {
            listRules,
        };
        list.SetAction(parseResult => RulesCommands.List(parseResult.GetValue(listRules)));
        rules.Subcommands.Add(list);

        var id = new Argument<string>("ID") { Description = "The rule id, for example CES-SADDLE-SENSORY." };
        var showRules = RulesOption();
        var show = new Command("show", "Show one rule: its criterion in words, recommendation, texts and evidence.")
        {
            id,
            showRules,
        };
        show.SetAction(parseResult => RulesCommands.Show(parseResult.GetRequiredValue(id), parseResult.GetValue(showRules)));
        rules.Subcommands.Add(show);

        var validateFile = new Argument<string>("FILE") { Description = "The rule-set JSON file to validate." };
        var validate = new Command("validate", "Validate a rule-set JSON file and list every problem with its line and position. Exits 1 when the file is invalid.")
        {
            validateFile,
        };
        validate.SetAction(parseResult => RulesCommands.Validate(parseResult.GetRequiredValue(validateFile)));
        rules.Subcommands.Add(validate);

        var fingerprintFile = new Argument<string>("FILE")
        {
            Description = "The rule-set JSON file; omit it for the default catalogue.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var fingerprint = new Command("fingerprint", "Print the SHA-256 fingerprint of a rule set (the value every assessment records).")
        {
            fingerprintFile,
        };
        fingerprint.SetAction(parseResult => RulesCommands.Fingerprint(parseResult.GetValue(fingerprintFile)));
        rules.Subcommands.Add(fingerprint);

        var export = new Command("export", "Print the default catalogue as rule-set JSON, a starting point for a customised rule set.");
        export.SetAction(_ => RulesCommands.Export());
        rules.Subcommands.Add(export);

        return rules;
    }

    private static Option<CareSetting?> SettingOption(string description)
    {
        var setting = new Option<CareSetting?>("--setting")
        {
            Description = description,
            HelpName = "primary-care|emergency-department|specialist-spine-service|oncology",
            CustomParser = ParseSetting,
        };
        setting.CompletionSources.Add(SettingNames);
        return setting;
    }

    private static Option<CalendarDate?> DateOption() => new("--date")
    {
        Description = "The assessment date (yyyy-MM-dd), overriding the one in the input; without it, input that has no assessmentDate is assessed as of today.",
        HelpName = "yyyy-MM-dd",
        CustomParser = ParseDate,
    };

    private static Option<string?> RulesOption() => new("--rules")
    {
        Description = "Use the rule set in this JSON file instead of the default catalogue.",
        HelpName = "FILE",
    };

    private static CareSetting? ParseSetting(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        switch (text)
        {
            case "primary-care":
                return CareSetting.PrimaryCare;
            case "emergency-department":
                return CareSetting.EmergencyDepartment;
            case "specialist-spine-service":
                return CareSetting.SpecialistSpineService;
            case "oncology":
                return CareSetting.Oncology;
            default:
                result.AddError($"'{text}' is not a care setting: use {string.Join(", ", SettingNames)}.");
                return null;
        }
    }

    private static ResultShape ParseShape(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "summary" : result.Tokens[0].Value;
        switch (text)
        {
            case "summary":
                return ResultShape.Summary;
            case "full":
                return ResultShape.Full;
            case "fhir":
                return ResultShape.Fhir;
            default:
                // -o used to name the output file: say where that went.
                result.AddError($"'{text}' is not an output shape: use summary, full or fhir. To write the results to a file, use --out {text}.");
                return ResultShape.Summary;
        }
    }

    private static Shard ParseShard(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return Shard.All;
        }

        if (!Shard.TryParse(result.Tokens[0].Value, out var shard, out var error))
        {
            result.AddError(error!);
        }

        return shard;
    }

    private static CalendarDate? ParseDate(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        if (CalendarDate.TryParse(text, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
