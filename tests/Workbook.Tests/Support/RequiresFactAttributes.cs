using Workbook.Notebooks;

namespace Workbook.Tests.Support;

/// <summary>A test that reads <c>../shared</c> beside the repository; skipped, with the reason, on a clone with nothing beside it.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (Repository.Shared is null) Skip = $"needs the shared folder beside the repository ({Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"))}), which this clone does not have";
    }
}

/// <summary>A test that reads the State of the Union addresses; skipped, with the reason, where tools/fetch-sotu.sh has not fetched them.</summary>
public sealed class StateOfTheUnionFactAttribute : FactAttribute
{
    public StateOfTheUnionFactAttribute()
    {
        if (Repository.StateOfTheUnion is null) Skip = "needs the State of the Union addresses in .cache/sotu (run tools/fetch-sotu.sh, which CI runs)";
    }
}

/// <summary>A test that runs Python's sqlite3 module; skipped, with the reason, where python3 is not installed.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    /// <summary>The python3 executable, or null.</summary>
    public static string? Python { get; } = new[] { "/usr/bin/python3", "/usr/local/bin/python3" }.FirstOrDefault(File.Exists);

    public PythonFactAttribute()
    {
        if (Python is null) Skip = "needs python3, to check that Python's sqlite3 module reads the database";
    }
}

/// <summary>
/// A test that draws with Chromium; skipped, with the reason, where Chromium is not installed, unless
/// WORKBOOK_REQUIRE_CHROMIUM is set (as .ci/run sets it after installing Chromium), when it runs and fails instead.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Find() is null && Environment.GetEnvironmentVariable("WORKBOOK_REQUIRE_CHROMIUM") is null)
            Skip = "needs Chromium (apt-get install chromium); .ci/run installs it";
    }
}

/// <summary>A Chromium test (<see cref="ChromiumFactAttribute"/>) on a corpus from <c>../shared</c> (<see cref="SharedFactAttribute"/>); skipped, with the reason, where either is missing.</summary>
public sealed class SharedChromiumFactAttribute : FactAttribute
{
    public SharedChromiumFactAttribute() => Skip = new SharedFactAttribute().Skip ?? new ChromiumFactAttribute().Skip;
}

/// <summary>
/// A theory that runs notebooks in the real .NET Interactive kernel; skipped, with the reason, where the
/// dotnet-interactive tool is not installed, unless WORKBOOK_REQUIRE_KERNEL is set (as .ci/run sets it after
/// installing the tool), when it runs and fails instead.
/// </summary>
public sealed class KernelTheoryAttribute : TheoryAttribute
{
    public KernelTheoryAttribute()
    {
        if (InteractiveKernel.Find() is null && Environment.GetEnvironmentVariable("WORKBOOK_REQUIRE_KERNEL") is null)
            Skip = "needs the dotnet-interactive tool 1.0.712001 (.ci/run installs it: dotnet tool install Microsoft.dotnet-interactive --version 1.0.712001 --tool-path .cache/dotnet-interactive)";
    }
}
