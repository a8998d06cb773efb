export const CHANNELS = ['email', 'post', 'phone', 'web-form', 'in-person'] as const
export type Channel = (typeof CHANNELS)[number]

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  post: 'Post',
  phone: 'Phone',
  'web-form': 'Web form',
  'in-person': 'In person'
}
