import { ConfirmDelete } from './ConfirmDelete.tsx';
import { useDeleteInterest } from './mutations.ts';

export function DeleteInterest({ id, name }: { id: string; name: string }) {
  const remove = useDeleteInterest();
  return (
    <ConfirmDelete
      id={id}
      name={name}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate({ id })}
    />
  );
}
