export function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error" role="alert">
      <h1>Privacy Casebook cannot go on</h1>
      <p>{message}</p>
    </main>
  )
}
