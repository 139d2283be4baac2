using Warden.Core.Errors;

namespace Warden.Storage.Data;

/// <summary>Creates the SQLite file and its directory owner-only before SQLite opens it with default permissions.</summary>
internal static class SqliteFile
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(string path, string description)
    {
        try
        {
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(directory);
                }
                else
                {
                    Directory.CreateDirectory(directory, OwnerOnlyDirectory);
                }
            }

            if (!File.Exists(path))
            {
                // An empty file is a valid empty SQLite database; SQLite later creates -wal/-shm with the same mode.
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = OwnerOnlyFile;
                }

                using var stream = new FileStream(path, options);
            }
        }
        catch (IOException ex) when (File.Exists(path))
        {
            // Another process created it between our check and our create: fine, it is the same file.
            _ = ex;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WardenException(StorageErrors.CannotOpen(description, ex.Message.TrimEnd('.')), ex);
        }
    }
}
