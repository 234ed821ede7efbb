using RedFlags.Fuzz;
using SharpFuzz;

// fuzz/run starts this under AFL++: "RedFlags.Fuzz TARGET". "RedFlags.Fuzz TARGET --replay FILE..." runs saved inputs
// (AFL++'s crashes, or a corpus) without AFL++, printing what each did, so a crash can be read and turned into a test;
// "RedFlags.Fuzz TARGET --write-seeds DIR [FILE...]" writes the starting corpus; "RedFlags.Fuzz TARGET --mutate COUNT
// SEED FILE..." runs COUNT inputs of the tests' seeded mutator through the target in this one process, to measure a
// worker's time and memory (/usr/bin/time -v).
if (args.Length == 0 || !FuzzTargetNames.All.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: RedFlags.Fuzz {string.Join('|', FuzzTargetNames.All)} [--replay FILE... | --write-seeds DIR [FILE...] | --mutate COUNT SEED FILE...]");
    return 2;
}

var target = args[0];
if (args.Length > 2 && args[1] == "--write-seeds")
{
    Console.WriteLine($"{FuzzSeeds.Write(target, args[2], args.Skip(3).ToList())} seeds written to {args[2]}");
    return 0;
}

if (args.Length > 4 && args[1] == "--mutate")
{
    return MutationRun.Run(target, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args.Skip(4).ToList());
}

if (args.Length > 1 && args[1] == "--replay")
{
    var failed = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            FuzzTargets.Run(target, File.ReadAllBytes(file));
            Console.WriteLine($"ok      {file}");
        }
#pragma warning disable CA1031 // Replaying reports every failure, whatever it is: that is its job.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failed++;
            Console.WriteLine($"CRASH   {file}: {ex.GetType().Name}: {ex.Message}");
            Console.WriteLine(ex.StackTrace);
        }
    }

    return failed == 0 ? 0 : 1;
}

// Out of process: a stack overflow or a crash of the runtime is reported as a crash instead of killing the fuzzer.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;
