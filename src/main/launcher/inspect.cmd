@echo off
rem inspect: runs inspect.jar (next to this script) with JVM options suited to a batch command line.
rem See the inspect shell script for why; INSPECT_JAVA_OPTS adds or overrides options.
setlocal
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
set "CDS="
if exist "%~dp0inspect.jsa" set CDS="-XX:SharedArchiveFile=%~dp0inspect.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA_CMD%" -XX:TieredStopAtLevel=1 %CDS% %INSPECT_JAVA_OPTS% -jar "%~dp0inspect.jar" %*
exit /b %ERRORLEVEL%
